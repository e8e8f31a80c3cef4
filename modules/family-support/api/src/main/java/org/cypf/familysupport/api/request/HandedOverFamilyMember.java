package org.cypf.familysupport.api.request;

import org.cypf.kernel.contract.Nullable;

/** A family member a stepped-down contact named, as social care recorded them. */
public record HandedOverFamilyMember(String name, @Nullable String relationship) {}
