package org.skilleval.core.rest.internal;

/** A message of the API's own, in Chinese and English. */
record LocalizedMessage(String zh, String en) {

    static LocalizedMessage of(String zh, String en) {
        return new LocalizedMessage(zh, en);
    }
}
