package org.cypf.demo;

/**
 * What a run of the generator wrote.
 *
 * @param caseEvents   use cases called about children (a contact, a decision, a review, ...): each one a write of a
 *                     child's record, authorised and audited
 * @param observations measure values loaded with the seed strategies
 */
public record Generated(int children, long caseEvents, int strategies, long observations, long millis) {}
