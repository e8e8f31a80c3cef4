package org.cypf.healthwellbeing.mentalhealth.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.healthwellbeing.api.mentalhealth.MentalHealthReferralView;
import org.cypf.healthwellbeing.api.mentalhealth.MentalHealthReferrals;
import org.cypf.healthwellbeing.api.mentalhealth.ReceiveMentalHealthReferral;
import org.cypf.healthwellbeing.api.mentalhealth.RecordMentalHealthContact;
import org.cypf.healthwellbeing.api.mentalhealth.RecordOutcomeScore;
import org.cypf.healthwellbeing.api.mentalhealth.SelfHarmAdmissionsImported;
import org.cypf.healthwellbeing.api.mentalhealth.SelfHarmAdmissionsImports;
import org.cypf.platform.http.CsvBodies;
import org.cypf.platform.http.PageRequest;
import org.cypf.platform.http.Routes;

/**
 * Mental health referrals under {@value #PATH}: a referral, its contacts and outcome scores, and referrals by date
 * received ({@code ?source=&from=&to=&page=&size=}, paged in the database); and the load of self-harm admissions by
 * age band at {@value #SELF_HARM_IMPORTS}.
 */
public final class MentalHealthHttp {
    public static final String PATH = "/mental-health/referrals";

    /** Where a CSV file of self-harm admissions by age band is loaded ({@code text/csv}, Fingertips' layout). */
    public static final String SELF_HARM_IMPORTS = "/mental-health/self-harm-admissions/imports";
    /** A Fingertips download for one area is a few kilobytes; 20 MiB is the limit of health's imports. */
    static final int SELF_HARM_MAX_MIB = 20;

    private final MentalHealthReferrals referrals;
    private final SelfHarmAdmissionsImports selfHarm;

    public MentalHealthHttp(MentalHealthReferrals referrals, SelfHarmAdmissionsImports selfHarm) {
        this.referrals = referrals;
        this.selfHarm = selfHarm;
    }

    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post(SELF_HARM_IMPORTS, (caller, req) -> selfHarm.importFile(caller,
                        CsvBodies.read(req.request(), SELF_HARM_MAX_MIB)))
                .answers(SelfHarmAdmissionsImported.class);
        routes.post(PATH, ReceiveMentalHealthReferral.class, referrals::receive)
                .answers(MentalHealthReferralView.class).created(r -> PATH + "/" + r.referralId());
        routes.get(PATH + "/{referralId}", (caller, req) -> referrals.referral(caller, req.path("referralId", UUID.class)))
                .answers(MentalHealthReferralView.class);
        routes.post(PATH + "/{referralId}/contacts", RecordMentalHealthContact.class, referrals::recordContact)
                .answers(MentalHealthReferralView.class);
        routes.post(PATH + "/{referralId}/outcome-scores", RecordOutcomeScore.class, referrals::recordOutcomeScore)
                .answers(MentalHealthReferralView.class);
        routes.get(PATH, (caller, req) -> {
            PageRequest page = req.page();
            var found = referrals.referrals(caller, req.query("source", String.class).orElse(null),
                    req.query("from", LocalDate.class).orElse(null), req.query("to", LocalDate.class).orElse(null),
                    page.page(), page.size());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("referrals", found.referrals());
            answer.put("count", found.referrals().size());
            answer.put("page", page.page());
            answer.put("size", page.size());
            answer.put("total", found.total());
            answer.put("hasNext", page.hasNext(found.total()));
            return answer;
        });
    }
}
