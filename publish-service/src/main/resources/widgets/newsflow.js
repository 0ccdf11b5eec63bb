/*
 * newsflow widgets. On a partner page:
 *   <div data-newsflow-widget="latest" data-count="5" data-category="国内新闻/上海新闻" data-lang="zh-Hant"></div>
 *   <div data-newsflow-widget="recommended" data-article="ARTICLE_ID" data-count="5"></div>
 *   <script src="https://NEWSFLOW_HOST/widgets/newsflow.js" async></script>
 * Each element is filled with an HTML fragment (classes newsflow-widget, newsflow-title, newsflow-list,
 * newsflow-item, newsflow-link, newsflow-time) and then receives a "newsflow:loaded" event.
 */
(function () {
  var script = document.currentScript;
  var base = script ? new URL(script.src).origin : "";

  function widgetUrl(element) {
    var data = element.dataset;
    var params = new URLSearchParams();
    if (data.count) params.set("count", data.count);
    if (data.lang) params.set("lang", data.lang);
    if (data.newsflowWidget === "recommended") {
      return base + "/widgets/recommended/" + encodeURIComponent(data.article || "") + ".html?" + params;
    }
    if (data.category) params.set("category", data.category);
    return base + "/widgets/latest.html?" + params;
  }

  function fill(element) {
    element.setAttribute("aria-busy", "true");
    fetch(widgetUrl(element), { credentials: "omit" })
      .then(function (response) {
        if (!response.ok) throw new Error("newsflow widget: HTTP " + response.status);
        return response.text();
      })
      .then(function (html) {
        element.innerHTML = html;
        element.setAttribute("data-newsflow-state", "loaded");
      })
      .catch(function (error) {
        element.setAttribute("data-newsflow-state", "failed");
        if (window.console) console.warn(error);
      })
      .finally(function () {
        element.removeAttribute("aria-busy");
        element.dispatchEvent(new CustomEvent("newsflow:loaded", { bubbles: true }));
      });
  }

  function fillAll() {
    document.querySelectorAll("[data-newsflow-widget]").forEach(fill);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fillAll);
  } else {
    fillAll();
  }
})();
