package canary.api03.familysupport.domain;

public class Plan {
}
