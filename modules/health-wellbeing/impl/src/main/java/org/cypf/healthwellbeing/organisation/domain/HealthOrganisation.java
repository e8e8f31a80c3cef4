package org.cypf.healthwellbeing.organisation.domain;

/**
 * An NHS organisation, identified by its Organisation Data Service (ODS) code.
 *
 * @param kind e.g. NHS trust, integrated care board, GP practice
 */
public record HealthOrganisation(String odsCode, String name, String kind) {}
