package io.newsflow.ingest.parse;

/** Tells simplified from traditional Chinese (and English) by counting characters that exist in only one script. */
final class LanguageDetector {

    // Position i in both strings is the same character in the two scripts.
    private static final String TRADITIONAL = "們這說國發時來經為對會區長門開關無過還進現樣點體實聽車東書電話讓學見覺頭間問題應產業術將從後當報導與";
    private static final String SIMPLIFIED = "们这说国发时来经为对会区长门开关无过还进现样点体实听车东书电话让学见觉头间问题应产业术将从后当报导与";

    private LanguageDetector() {
    }

    static String detect(String text) {
        int traditional = 0;
        int simplified = 0;
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TRADITIONAL.indexOf(c) >= 0) {
                traditional++;
            } else if (SIMPLIFIED.indexOf(c) >= 0) {
                simplified++;
            }
            if (Text.isHan(c)) {
                han++;
            } else if (Text.isLatin(c)) {
                latin++;
            }
        }
        // One Han character carries roughly a word, so Latin letters must clearly dominate to call it English.
        if (latin > 0 && latin > han * 3) {
            return "en";
        }
        return traditional >= 2 && traditional > simplified * 2 ? "zh-Hant" : "zh-Hans";
    }
}
