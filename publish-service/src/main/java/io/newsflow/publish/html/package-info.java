/** Article HTML made safe to hand out: one sanitizer for feeds, pushes, WebSub and article pages. */
package io.newsflow.publish.html;
