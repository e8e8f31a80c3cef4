/**
 * Health and wellbeing's published language. Today: the NHS organisations providing children's health services.
 * The healthy child programme, SEND / EHC plans and mental health arrive with the health issue (ROADMAP 6).
 */
package org.cypf.healthwellbeing.api;
