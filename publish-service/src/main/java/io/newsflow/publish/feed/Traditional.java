package io.newsflow.publish.feed;

import com.hankcs.hanlp.HanLP;
import org.springframework.stereotype.Component;

/** Simplified → traditional Chinese for {@code lang=zh-Hant}, with HanLP's conversion dictionaries. */
@Component
class Traditional {

    String convert(String text) {
        return text == null || text.isEmpty() ? text : HanLP.convertToTraditionalChinese(text);
    }
}
