package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    @ParameterizedTest
    @CsvSource({
        "p02-gbk-portal.html, 运河沿岸老厂房改造成市民文化空间",
        "p03-big5-trad.html, 港口貨運量連續三個月回升",
        "p17-gbk-table-layout.html, 山区小学用上了远程音乐课",
        "p01-portal-utf8.html, ''"
    })
    void readsTheCharsetThePageDeclaresInItsMetaTag(String page, String title) throws Exception {
        String text = PageDecoder.decode(bytes(page), null);

        assertThat(text).contains(title).doesNotContain("\uFFFD");
    }

    @Test
    void detectsGbkAndBig5WithoutAnyDeclaration() throws Exception {
        String simplified = "<html><body><h1>长宁构建大外事工作格局</h1><p>围绕虹桥国际开放枢纽建设和加快推进数字化转型,"
                + "长宁聚力提升国际精品城区软实力,打造长宁外事品牌、扩大品牌效应。</p></body></html>";
        String traditional = "<html><body><h1>港口貨運量連續三個月回升</h1><p>港務局昨日公佈的數據顯示,貨櫃吞吐量較去年同期"
                + "增長百分之六,轉運業務與內河航線均有明顯改善。</p></body></html>";

        assertThat(PageDecoder.decode(simplified.getBytes(Charset.forName("GBK")), null)).isEqualTo(simplified);
        assertThat(PageDecoder.decode(traditional.getBytes(Charset.forName("Big5")), null)).isEqualTo(traditional);
        assertThat(PageDecoder.decode(simplified.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(simplified);
    }

    @Test
    void trustsTheContentTypeHeaderAndRefusesBytesThatDoNotFitIt() {
        byte[] gbk = "长宁外事".getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> PageDecoder.decode(gbk, StandardCharsets.UTF_8))
                .isInstanceOf(PageDecoder.UndecodableException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void readsGbkDeclaredAsGb2312AsItsSuperset() throws Exception {
        byte[] page = "<meta charset=\"gb2312\"><p>镕基</p>".getBytes(Charset.forName("GB18030"));

        assertThat(PageDecoder.decode(page, null)).contains("镕基");
    }

    private static byte[] bytes(String page) throws IOException {
        try (InputStream in = PageDecoderTest.class.getResourceAsStream("/pages/" + page)) {
            return in.readAllBytes();
        }
    }
}
