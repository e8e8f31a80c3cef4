package org.cypf.governance.domain.strategy;

public enum Rag { RED, AMBER, GREEN, NONE }
