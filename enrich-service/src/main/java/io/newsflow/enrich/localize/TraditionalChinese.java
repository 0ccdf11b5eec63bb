package io.newsflow.enrich.localize;

import com.hankcs.hanlp.HanLP;
import io.newsflow.model.Localized;
import org.springframework.stereotype.Component;

/**
 * Converts title and summary to traditional characters with Taiwan's conventions (HanLP's phrase-level s2tw,
 * which also turns “ ” into 「 」). English articles have nothing to convert and get none.
 */
@Component
public class TraditionalChinese {

    public Localized localize(String title, String summary, boolean english) {
        if (english) {
            return null;
        }
        return new Localized(HanLP.s2tw(title), HanLP.s2tw(summary));
    }
}
