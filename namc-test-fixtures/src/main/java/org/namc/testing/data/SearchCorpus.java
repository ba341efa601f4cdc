package org.namc.testing.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A generated corpus of construction projects and search queries on which the in-memory and the
 * PostgreSQL searches must agree: titles, descriptions, keywords and organisations in the words
 * agencies write (derived forms of the same stems, hyphenated words, signed and decimal numbers,
 * dollar amounts, phone numbers, e-mail addresses, URLs, accents, acronyms with slashes), and
 * queries of every kind {@code websearch_to_tsquery} reads: words in many forms, phrases,
 * {@code or}, negation, hyphenated words, numbers, stop words and stray punctuation. The same
 * seed gives the same corpus on every run.
 */
public final class SearchCorpus {
    private static final long SEED = 20_261_208L;

    private static final String[] ACTIONS = {"Replacement of", "Replacing", "Replace", "Installation of",
        "Installing", "Inspection of", "Inspections of", "Renovation of", "Renovating", "Construction of",
        "Constructing", "Demolition of", "Excavation for", "Repair of", "Repairs to", "Seismic retrofit of",
        "Retrofitting", "Upgrades to", "Painting of", "Paving of", "Re-roofing of", "Maintenance of",
        "Modernization of", "Rehabilitation of", "Abatement of", "Design-build delivery of", "On-call services for"};
    private static final String[] TRADES = {"electrical systems", "electric vehicle chargers", "electricity meters",
        "mechanical equipment", "the mechanics' workshop", "plumbing fixtures", "HVAC units", "fire sprinklers",
        "elevators", "windows", "roofs", "solar panels", "solar PV arrays", "concrete sidewalks", "storm drains",
        "water mains", "sewer laterals", "playground surfaces", "LED lighting", "low-voltage cabling",
        "ADA-compliant ramps", "seismic bracing", "asbestos", "lead paint", "parking lots", "pedestrian bridges",
        "bike lanes", "traffic signals", "an electrician's panel", "inspected pipelines"};
    private static final String[] FACILITIES = {"K-12 schools", "Oakland City Hall", "the Port of Oakland terminal",
        "the Caltrans District 4 yard", "BART stations", "the Alameda County library", "fire station No. 12",
        "a community health clinic", "public housing units", "the wastewater treatment plant",
        "the Highway I-80 interchange", "the Highway 101 corridor", "Building 3", "the 2nd-floor offices",
        "a 3-story parking garage", "the co-op warehouse", "Café Muñoz", "the Peña Adobe site"};
    private static final String[] PLACES = {"in Oakland", "in San José", "in Richmond", "in Berkeley",
        "near Lake Merritt", "in East Palo Alto", "", ""};
    private static final String[] ORGANIZATIONS = {"City of Oakland", "SFUSD", "Caltrans District 4", "BART",
        "Alameda County GSA", "Port of Oakland", "East Bay MUD", "Peña & Muñoz Builders", "City of San José",
        "Contra Costa County", "UC Berkeley Capital Projects", "Stanford Health Care", "AC Transit"};
    private static final String[] KEYWORDS = {"electrical", "electric", "mechanical", "plumbing", "roofing",
        "paving", "solar", "seismic", "hvac", "k-12", "design-build", "prevailing wage", "public works",
        "federal", "dbe", "sbe", "leed", "ada", "demolition", "inspection", "electricians", "inspectors"};
    private static final String[] EMAILS = {"bids@sfusd.edu", "jane.doe@namc-norcal.org", "procurement@portoakland.com",
        "c.nguyen@acgov.org", "rfp-desk@bart.gov"};
    private static final String[] URLS = {"https://bids.sfgov.org/rfp/2026-014", "www.caltrans.ca.gov/bids",
        "http://www.acgov.org/gsa/bids.htm", "www.namc-norcal.org", "bart.gov/about/business"};

    /** Words in the forms users type them, many sharing a stem with the corpus's words. */
    private static final String[] WORDS = {"electric", "electrical", "electricity", "electrician", "electricians",
        "mechanic", "mechanical", "mechanics", "inspect", "inspection", "inspections", "inspector", "inspectors",
        "inspected", "replace", "replacement", "replacing", "replaced", "install", "installation", "installing",
        "installer", "roof", "roofs", "roofing", "re-roofing", "reroof", "pave", "paving", "pavement", "construct",
        "construction", "renovate", "renovation", "renovating", "demolish", "demolition", "excavation", "repair",
        "repairs", "retrofit", "retrofitting", "upgrade", "paint", "painting", "solar", "seismic", "plumbing",
        "plumber", "sprinkler", "sprinklers", "elevator", "window", "bridge", "bridges", "school", "schools",
        "station", "stations", "library", "clinic", "housing", "parking", "garage", "warehouse", "asbestos",
        "abatement", "maintenance", "modernization", "modernize", "rehabilitation", "lighting", "lights", "LED",
        "HVAC", "ADA", "LEED", "DBE", "MBE", "Peña", "pena", "José", "jose", "Muñoz", "café", "cafe", "Oakland",
        "Berkeley", "county", "counties", "city", "cities", "public", "federal", "wage", "wages", "meters",
        "metering", "chargers", "charging", "vehicle", "vehicles", "walk-through", "walkthrough", "pre-bid",
        "bid", "bids", "bidding", "licensed", "license", "licenses", "bonding", "bond", "compliant", "compliance",
        "certified", "certification", "women-owned", "owned", "minority", "firms", "encouraged", "pipelines"};
    private static final String[] NUMBERS_AND_CODES = {"12", "-12", "K-12", "k", "10", "-10", "C-10", "C-20", "2026",
        "2026-014", "-014", "014", "1.5", "2.5", "25%", "25", "3", "2nd", "2nd-floor", "3-story", "story", "I-80",
        "80", "-80", "101", "510", "555", "10:00", "AM", "No. 12", "#12", "$1,250,000", "1,250,000", "250",
        "000", "3.2.1", "09 91 23", "(510) 555-0142", "555-0142", "-0142", "12,500", "sq ft", "ft", "acres"};
    private static final String[] MARKUP = {"design-build", "design build", "\"design build\"", "state-of-the-art",
        "state art", "\"state of the art\"", "low-voltage", "voltage", "\"low voltage\"", "co-op", "coop",
        "ADA-compliant", "LEED-certified", "bids@sfusd.edu", "sfusd.edu", "jane.doe@namc-norcal.org",
        "namc-norcal.org", "www.namc-norcal.org", "https://bids.sfgov.org/rfp/2026-014", "bids.sfgov.org",
        "/rfp/2026-014", "MBE/WBE/DBE", "WBE", "MBE/WBE", "mechanics'", "electrician's", "the", "the and of",
        "-the", "or", "\"\"", "!!!", "solar!", "(solar) & roof", "roof:*", "a:b", "solar,roofing", "\"solar",
        "-", "- solar", "solar -- roofing", "not solar", "-\"seismic retrofit\"", "seismic or -retrofit",
        "solar or", "or solar", "solar OR roofing paving", "\"the solar panels\"", "\"panels solar\"",
        "\"Port of Oakland\"", "\"Port Oakland\"", "\"fire station No. 12\"", "station -12", "K-12 -schools",
        "schools or -K-12", "-electric -mechanical", "electric | mechanical", "electric<mechanical",
        "café muñoz", "CAFÉ", "peña adobe", "adobe -peña", "2nd floor", "\"2nd-floor offices\"",
        "highway 101", "\"highway I-80\"", "I-580", "I-880", "ramps", "night"};

    private static final List<Fields> PROJECTS = generateProjects(300);
    private static final List<String> QUERIES = generateQueries();

    /** A project's searchable fields. */
    public record Fields(String title, String description, List<String> keywords, String organization) {
        public ProjectBuilder builder() {
            return ProjectBuilder.aProject().titled(title).described(description)
                    .withKeywords(keywords.toArray(String[]::new)).offeredBy(organization);
        }
    }

    private SearchCorpus() {
    }

    public static List<Fields> projects() {
        return PROJECTS;
    }

    public static List<String> queries() {
        return QUERIES;
    }

    /** Every text the corpus holds, and every query: what the parser and stemmer must treat as PostgreSQL does. */
    public static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Fields f : PROJECTS) {
            texts.add(f.title());
            texts.add(f.description());
            texts.add(String.join(" ", f.keywords()));
            texts.add(f.organization());
        }
        texts.addAll(QUERIES);
        return texts;
    }

    private static List<Fields> generateProjects(int count) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Fields> projects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String action = pick(random, ACTIONS);
            String trade = pick(random, TRADES);
            String facility = pick(random, FACILITIES);
            String place = pick(random, PLACES);
            String title = switch (random.nextInt(3)) {
                case 0 -> action + " " + trade + " at " + facility + (place.isEmpty() ? "" : " " + place);
                case 1 -> capitalize(trade) + ": " + action.toLowerCase(Locale.ROOT) + " " + facility
                        + ", Phase " + (1 + random.nextInt(4));
                default -> facility.substring(0, 1).toUpperCase(Locale.ROOT) + facility.substring(1) + " – "
                        + action.toLowerCase(Locale.ROOT) + " " + trade;
            };
            String organization = pick(random, ORGANIZATIONS);
            List<String> sentences = new ArrayList<>(List.of(
                    "The " + organization + " seeks a licensed contractor for " + action.toLowerCase(Locale.ROOT)
                            + " " + trade + ".",
                    "Work includes " + pick(random, TRADES) + ", " + pick(random, TRADES) + " and "
                            + pick(random, TRADES) + "."));
            String[] optional = {
                "Estimated budget: $" + (1 + random.nextInt(9)) + "," + (100 + random.nextInt(900)) + ",000; bonding of "
                        + (5 + random.nextInt(21)) + "% required.",
                "Pre-bid walk-through on 0" + (1 + random.nextInt(9)) + "/1" + random.nextInt(10)
                        + "/2026 at 10:00 AM; contact " + pick(random, EMAILS) + " or call (510) 555-0"
                        + (100 + random.nextInt(900)) + ".",
                "Plans are posted at " + pick(random, URLS) + ".",
                "Scope per spec section " + (1 + random.nextInt(9)) + "." + random.nextInt(10) + "."
                        + (1 + random.nextInt(9)) + " and addendum #" + (1 + random.nextInt(12)) + ".",
                "Approximately " + (1 + random.nextInt(90)) + "," + (100 + random.nextInt(900)) + " sq ft over "
                        + (1 + random.nextInt(9)) + "." + random.nextInt(10) + " acres.",
                "State-of-the-art " + pick(random, TRADES) + " with LEED-certified materials.",
                "Small, minority- and women-owned firms (MBE/WBE/DBE) are encouraged to apply.",
                "RFP #2026-0" + (10 + random.nextInt(90)) + " closes June " + (1 + random.nextInt(28)) + ".",
                "Electricians, mechanics and inspectors must hold C-10 or C-20 licenses.",
                "Night work required on the I-580 and I-880 ramps; K-12 sites are closed on weekends.",
                "Muñoz & Peña Builders performed the prior phase; see www.namc-norcal.org for mentoring.",
                "Replacing, installing and inspecting " + pick(random, TRADES) + " is re-bid after a -12% change order.",
            };
            for (String sentence : optional) {
                if (random.nextInt(3) == 0) {
                    sentences.add(sentence);
                }
            }
            List<String> keywords = new ArrayList<>(new LinkedHashSet<>(Stream.generate(() -> pick(random, KEYWORDS))
                    .limit(1 + random.nextInt(4)).toList()));
            projects.add(new Fields(title, String.join(" ", sentences), keywords, organization));
        }
        return List.copyOf(projects);
    }

    private static List<String> generateQueries() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        LinkedHashSet<String> queries = new LinkedHashSet<>();
        queries.addAll(List.of(WORDS));
        queries.addAll(List.of(NUMBERS_AND_CODES));
        queries.addAll(List.of(MARKUP));
        for (int i = 0; i < 60; i++) {
            // a phrase taken from a title or description, two or three words long
            Fields f = PROJECTS.get(random.nextInt(PROJECTS.size()));
            String[] words = (random.nextBoolean() ? f.title() : f.description()).split(" ");
            int length = 2 + random.nextInt(2);
            if (words.length > length) {
                int start = random.nextInt(words.length - length);
                queries.add("\"" + String.join(" ", List.of(words).subList(start, start + length)) + "\"");
            }
        }
        for (int i = 0; i < 35; i++) {
            queries.add(pick(random, WORDS) + " -" + pick(random, WORDS));
            queries.add(pick(random, WORDS) + " or " + pick(random, WORDS));
            queries.add(pick(random, WORDS) + " " + pick(random, WORDS));
        }
        for (int i = 0; i < 15; i++) {
            queries.add(pick(random, WORDS) + " OR " + pick(random, WORDS) + " " + pick(random, WORDS) + " -"
                    + pick(random, NUMBERS_AND_CODES));
        }
        return List.copyOf(queries);
    }

    private static String pick(SplittableRandom random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String capitalize(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
