package org.cypf.healthwellbeing.api.organisation;

public record HealthOrganisationView(String odsCode, String name, String kind) {}
