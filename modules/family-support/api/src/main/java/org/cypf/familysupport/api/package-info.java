/**
 * Family support's published language: the Family Hubs and the Open Referral UK directory, requests for support,
 * early help episodes from request to the sustained-outcome check, family network meetings, the measures it computes
 * for governance, and the step-up event social care's front door consumes.
 */
package org.cypf.familysupport.api;
