package org.cypf.socialcare.returns.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CIN_CENSUS_RETURNED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.json.JsonMapping;
import org.cypf.socialcare.returns.domain.CinCensus;
import org.cypf.socialcare.returns.port.CinCensusReturned;
import org.jooq.JSONB;

/**
 * The returned CIN episodes in {@code social_care.cin_census_returned}, one row per child and year, the episodes as
 * JSON of the census's own {@link CinCensus.CinEpisode} (so what is kept is what the export writes back).
 */
public final class JooqCinCensusReturned implements CinCensusReturned {
    private static final TypeReference<List<CinCensus.CinEpisode>> EPISODES = new TypeReference<>() {};

    private final ContextDatabase database;

    public JooqCinCensusReturned(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Map<ChildId, List<CinCensus.CinEpisode>> ofYear(int collectionYear) {
        Map<ChildId, List<CinCensus.CinEpisode>> found = new HashMap<>();
        database.transactionalDsl().select(CIN_CENSUS_RETURNED.CHILD_ID, CIN_CENSUS_RETURNED.EPISODES)
                .from(CIN_CENSUS_RETURNED).where(CIN_CENSUS_RETURNED.COLLECTION_YEAR.eq(collectionYear))
                .forEach(r -> found.put(ChildId.of(r.value1()), episodes(r.value2())));
        return found;
    }

    @Override
    public void save(ChildId child, int collectionYear, List<CinCensus.CinEpisode> episodes) {
        JSONB json = json(episodes);
        database.transactionalDsl().insertInto(CIN_CENSUS_RETURNED)
                .set(CIN_CENSUS_RETURNED.RETURNED_ID, UUID.randomUUID())
                .set(CIN_CENSUS_RETURNED.CHILD_ID, child.value())
                .set(CIN_CENSUS_RETURNED.COLLECTION_YEAR, collectionYear)
                .set(CIN_CENSUS_RETURNED.EPISODES, json)
                .onConflict(CIN_CENSUS_RETURNED.CHILD_ID, CIN_CENSUS_RETURNED.COLLECTION_YEAR).doUpdate()
                .set(CIN_CENSUS_RETURNED.EPISODES, json)
                .execute();
    }

    private static JSONB json(List<CinCensus.CinEpisode> episodes) {
        try {
            return JSONB.valueOf(JsonMapping.events().writeValueAsString(episodes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the returned CIN episodes", e);
        }
    }

    private static List<CinCensus.CinEpisode> episodes(JSONB json) {
        try {
            return JsonMapping.events().readValue(json.data(), EPISODES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the returned CIN episodes", e);
        }
    }
}
