package org.cypf.governance.access.domain;

/** The policy's answer and the rule that gave it. */
public record AccessDecision(boolean permitted, String rule) {}
