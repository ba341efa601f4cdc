package org.namc.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

    @Test
    void gsmTextsTake160SeptetsInOneSegmentAnd153PerSegmentBeyond() {
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(new SmsSegments.Count(SmsSegments.Encoding.GSM_7, 160, 1));
        assertThat(SmsSegments.count("a".repeat(161)).segments()).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void extensionCharactersCountTwice() {
        assertThat(SmsSegments.count("€".repeat(80))).isEqualTo(new SmsSegments.Count(SmsSegments.Encoding.GSM_7, 160, 1));
        assertThat(SmsSegments.count("€".repeat(81)).segments()).isEqualTo(2);
    }

    @Test
    void anyCharacterOutsideGsmMakesTheWholeTextUcs2With70And67() {
        assertThat(SmsSegments.count("ñ".repeat(69) + "ó")).isEqualTo(new SmsSegments.Count(SmsSegments.Encoding.UCS_2, 70, 1));
        assertThat(SmsSegments.count("Inscripción ✓" + "a".repeat(58)).segments()).isEqualTo(2);
        assertThat(SmsSegments.count("x".repeat(134) + "✓").segments()).isEqualTo(3);
    }

    @Test
    void aLongTextIsCutButTheLinkIsKept() {
        String link = "https://portal.example/events/42";
        String fitted = SmsSegments.fit("Bid night moved. " + "More details follow. ".repeat(40), link, 3);

        assertThat(fitted).endsWith("... " + link);
        assertThat(SmsSegments.count(fitted).segments()).isEqualTo(3);
    }

    @Property
    void fittedTextsStayWithinTheCapAndEndWithTheirLink(@ForAll("texts") String text,
                                                        @ForAll @IntRange(min = 1, max = 5) int cap) {
        String link = "https://portal.example/a/" + text.length();
        String fitted = SmsSegments.fit(text, link, cap);

        assertThat(SmsSegments.count(fitted).segments()).isLessThanOrEqualTo(cap);
        assertThat(fitted).endsWith(" " + link);
        if (SmsSegments.count(text + " " + link).segments() <= cap) {
            assertThat(fitted).isEqualTo(text + " " + link);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abc XYZ.,€ñ✓😀").ofMinLength(0).ofMaxLength(1200);
    }
}
