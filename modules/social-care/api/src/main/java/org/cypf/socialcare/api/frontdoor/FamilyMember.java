package org.cypf.socialcare.api.frontdoor;

import org.cypf.kernel.contract.Nullable;

/**
 * A family member named in a contact.
 *
 * @param relationship to the child, in the contact's words (e.g. mother, mum's partner), when given
 */
public record FamilyMember(String name, @Nullable String relationship) {}
