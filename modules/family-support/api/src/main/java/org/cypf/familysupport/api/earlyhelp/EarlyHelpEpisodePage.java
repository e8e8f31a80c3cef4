package org.cypf.familysupport.api.earlyhelp;

import java.util.List;

/** One page of episodes and how many the filter holds on every page. */
public record EarlyHelpEpisodePage(List<EarlyHelpEpisodeView> episodes, long total) {
    public EarlyHelpEpisodePage {
        episodes = List.copyOf(episodes);
    }
}
