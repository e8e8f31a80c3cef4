/**
 * Family support's published language. Today: the Family Hubs directory. Early help from request to closure,
 * family network meetings and the step-up / step-down events arrive with the family support issue (ROADMAP 4).
 */
package org.cypf.familysupport.api;
