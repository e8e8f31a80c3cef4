package org.cypf.governance.strategy.domain;

/** Direction of travel from the previous value to the latest, judged by polarity where there is one. */
public enum Direction { IMPROVING, WORSENING, NO_CHANGE, INCREASING, DECREASING, UNKNOWN }
