package canary.api04.socialcare.api.lookedafter;

import java.util.List;
import java.util.Map;

/** Allowed: the record keeps its own copies. */
public record ChildView(String id, List<String> placements, Map<String, String> codes) {
    public ChildView {
        placements = List.copyOf(placements);
        codes = codes == null ? Map.of() : Map.copyOf(codes);
    }
}
