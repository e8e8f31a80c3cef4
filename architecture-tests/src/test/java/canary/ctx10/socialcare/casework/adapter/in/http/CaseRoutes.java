package canary.ctx10.socialcare.casework.adapter.in.http;

public class CaseRoutes {
    public static final String PREFIX = "/social-care";
}
