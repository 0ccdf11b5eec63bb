package io.newsflow.enrich.nlp;

import io.newsflow.model.Entity;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** People, places and organisations as HanLP's recognizers tag them, most mentioned first. */
@Component
public class EntityExtractor {

    private static final int MAX = 20;

    public List<Entity> entities(List<Token> tokens) {
        Map<String, Entity> found = new LinkedHashMap<>();
        for (Token token : WholeNames.join(tokens)) {
            Entity.Type type = token.isPerson() ? Entity.Type.PERSON
                    : token.isPlace() ? Entity.Type.PLACE
                    : token.isOrganisation() ? Entity.Type.ORGANISATION : null;
            if (type != null && token.word().length() >= 2) {
                found.merge(token.word() + "/" + type, new Entity(token.word(), type, 1),
                        (a, b) -> new Entity(a.text(), a.type(), a.count() + 1));
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparingInt(Entity::count).reversed())
                .limit(MAX)
                .toList();
    }
}
