package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import org.namc.insights.domain.InsightsRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.access.GrantRole;
import org.namc.insights.InsightsApi;
import org.namc.insights.ProductionChange;
import org.namc.insights.RateAiOutput;
import org.namc.insights.RecordAiInteraction;
import org.namc.insights.RegisterAiModel;
import org.namc.insights.AiInteractionView;
import org.namc.insights.AiModelView;
import org.namc.insights.domain.AiModelType;
import org.namc.insights.domain.ModelMetrics;
import org.namc.insights.domain.RatingSummary;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.PortalFixture;

/** AI feedback and the model registry through {@link NamcPortal}. */
public abstract class InsightsScenarios {
    protected PortalFixture fixture;
    protected InsightsApi insights;
    protected Actor staff;
    protected MemberId maria;

    protected abstract PortalFixture newPortal(NamcPortalBuilder settings);

    @BeforeEach
    void startPortal() {
        fixture = newPortal(NamcPortal.builder());
        insights = fixture.portal().insights();
        MemberId staffId = aMember().registerVerified(fixture.portal().membership());
        fixture.portal().access().grantRole(Actor.system(), new GrantRole(staffId, "STAFF", null));
        staff = Actor.member(staffId);
        maria = aMember().registerVerified(fixture.portal().membership());
    }

    private AiModelView model(String name, String version) {
        return insights.registerModel(staff, new RegisterAiModel(name, version, AiModelType.PROJECT_MATCHING,
                ModelMetrics.of("0.91", "0.88", "0.86", "0.87"), Map.of("threshold", "0.7"), "2026-01"));
    }

    private AiInteractionView shown(AiModelView model, int responseMillis) {
        return insights.recordInteraction(Actor.member(maria), RecordAiInteraction.of(maria, "match-scoring",
                model.id(), "{\"project\":\"p-1\"}", "{\"score\":0.82}", new BigDecimal("0.8200"), responseMillis));
    }

    @Test
    void oneProductionModelPerTypeAndPromotingDemotesThePrevious() {
        AiModelView v1 = model("matcher-v1", "1.0.0");
        AiModelView v2 = model("matcher-v2", "2.0.0");
        assertThatNamcException(() -> insights.promoteToProduction(staff, v1.id())).hasReason(InsightsRefusal.MODEL_NOT_ACTIVE);
        insights.activateModel(staff, v1.id());
        insights.activateModel(staff, v2.id());

        insights.promoteToProduction(staff, v1.id());
        ProductionChange change = insights.promoteToProduction(staff, v2.id());

        assertThat(change.promoted().production()).isTrue();
        assertThat(change.demoted()).isNotNull().satisfies(d -> assertThat(d.id()).isEqualTo(v1.id()));
        assertThat(insights.productionModel(staff, AiModelType.PROJECT_MATCHING)).map(AiModelView::id).contains(v2.id());
        assertThat(insights.models(staff)).filteredOn(AiModelView::production).hasSize(1);
        assertThatNamcException(() -> insights.deactivateModel(staff, v2.id())).hasReason(InsightsRefusal.MODEL_IN_PRODUCTION);
        assertThatNamcException(() -> model("matcher-v1", "1.0.1")).hasReason(InsightsRefusal.MODEL_NAME_TAKEN);
        assertThatNamcException(() -> insights.registerModel(Actor.member(maria), new RegisterAiModel("x", "1",
                AiModelType.SCORING, ModelMetrics.UNKNOWN, Map.of(), null))).hasReason(CommonRefusal.PERMISSION_DENIED);
    }

    @Test
    void interactionsCountInTheModelsUsageAndMembersRateTheirOwn() {
        AiModelView model = model("matcher-v3", "3.1.0");
        insights.activateModel(staff, model.id());
        AiInteractionView first = shown(model, 120);
        shown(model, 181);

        assertThat(first.modelVersion()).isEqualTo("3.1.0");
        AiModelView used = insights.models(staff).get(0);
        assertThat(used.requestCount()).isEqualTo(2);
        assertThat(used.averageResponseMillis()).isEqualByComparingTo("150.50");

        AiInteractionView rated = insights.rate(Actor.member(maria), new RateAiOutput(first.id(), 4, "Good match", true,
                true));
        assertThat(rated.rating()).isEqualTo(4);
        MemberId other = aMember().registerVerified(fixture.portal().membership());
        assertThatNamcException(() -> insights.rate(Actor.member(other), new RateAiOutput(first.id(), 1, null, null,
                null))).hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> insights.rate(Actor.member(maria), new RateAiOutput(first.id(), 6, null, null,
                null))).hasViolation("rating", "range");
        assertThatNamcException(() -> insights.recordInteraction(Actor.member(maria), new RecordAiInteraction(maria,
                "Match Scoring", null, null, "{}", "{}", new BigDecimal("1.5"), -1, Map.of(), null, null)))
                .hasViolation("feature", "format").hasViolation("confidence", "range")
                .hasViolation("responseTimeMillis", "range").hasViolation("modelVersion", "required");
    }

    @Test
    void ratingsAreAggregatedPerFeatureAndModelVersionExactly() {
        AiModelView old = model("matcher-a", "1.0");
        AiModelView fresh = model("matcher-b", "2.0");
        insights.activateModel(staff, old.id());
        insights.activateModel(staff, fresh.id());
        for (int rating : List.of(5, 4, 4)) {
            insights.rate(Actor.member(maria), new RateAiOutput(shown(fresh, 100).id(), rating, null, rating > 4, true));
        }
        insights.rate(Actor.member(maria), new RateAiOutput(shown(old, 100).id(), 2, null, false, false));
        shown(old, 100);

        List<RatingSummary> summary = insights.ratingSummary(staff, "match-scoring");

        assertThat(summary).extracting(RatingSummary::modelVersion).containsExactly("1.0", "2.0");
        assertThat(summary.get(1)).satisfies(s -> {
            assertThat(s.interactions()).isEqualTo(3);
            assertThat(s.rated()).isEqualTo(3);
            assertThat(s.averageRating()).isEqualByComparingTo("4.33");
            assertThat(s.ratingCounts()).containsExactly(0L, 0L, 0L, 2L, 1L);
            assertThat(s.accurateShare()).isEqualByComparingTo("0.3333");
            assertThat(s.helpfulShare()).isEqualByComparingTo("1");
        });
        assertThat(summary.get(0).interactions()).isEqualTo(2);
        assertThat(summary.get(0).averageRating()).isEqualByComparingTo("2.00");
        assertThat(insights.interactions(staff, "match-scoring", PageRequest.first(10)).totalItems()).isEqualTo(5);
        assertThatNamcException(() -> insights.ratingSummary(Actor.member(maria), "match-scoring"))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
    }
}
