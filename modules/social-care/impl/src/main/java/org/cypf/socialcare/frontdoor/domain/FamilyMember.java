package org.cypf.socialcare.frontdoor.domain;

/**
 * A member of the child's family named in a contact, as the contact named them.
 *
 * @param relationship to the child, in the contact's words (e.g. mother, mum's partner), when given
 */
public record FamilyMember(String name, String relationship) {}
