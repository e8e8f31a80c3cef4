package org.cypf.governance.api.access;

import org.cypf.kernel.contract.Nullable;

/**
 * How many rows of a work queue are its children's, per team, counted over the whole queue the caller may list.
 *
 * @param team    the team (from {@link ChildTeams}); null for the children with no team known
 * @param due     how many rows the queue holds for the team's children
 * @param overdue how many of them are past their due date
 */
public record TeamCount(@Nullable String team, long due, long overdue) {}
