/**
 * Health and wellbeing's published language: the NHS organisations providing children's health services, and the
 * health of children in care (use cases in {@code childrenincare}; the query social care's SSDA903 OC2 file asks in
 * {@code query}).
 */
package org.cypf.healthwellbeing.api;
