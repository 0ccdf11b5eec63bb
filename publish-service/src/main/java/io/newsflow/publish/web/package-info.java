/** HTML for people: the article page and the embeddable 最近更新 / 推荐资讯 widgets partner sites include. */
package io.newsflow.publish.web;
