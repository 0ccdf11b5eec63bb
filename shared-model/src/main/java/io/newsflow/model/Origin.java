package io.newsflow.model;

/** How an article entered newsflow. */
public enum Origin {
    API, PAGE, FEED, DIRECTORY
}
