package canary.api03.familysupport.familyhelp.domain;

public class Plan {
}
