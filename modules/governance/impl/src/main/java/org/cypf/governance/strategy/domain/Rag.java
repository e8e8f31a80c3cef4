package org.cypf.governance.strategy.domain;

public enum Rag { RED, AMBER, GREEN, NONE }
