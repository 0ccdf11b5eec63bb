package io.newsflow.enrich.similar;

/**
 * The most recent articles containing one term, oldest first, each with the term's weight in it: a ring of slot
 * numbers and weights in two primitive arrays. Scoring reads the weight here instead of in each candidate's term
 * map, so walking a full list touches two arrays rather than a few hundred objects spread over the heap.
 */
final class Postings {

    private final int capacity;
    private int[] slots;
    private double[] weights;
    private int head;
    private int size;

    Postings(int capacity) {
        this.capacity = capacity;
        this.slots = new int[Math.min(capacity, 2)];
        this.weights = new double[slots.length];
    }

    int size() {
        return size;
    }

    int slot(int i) {
        return slots[at(i)];
    }

    double weight(int i) {
        return weights[at(i)];
    }

    /** Appends the article; at capacity the oldest entry makes room. */
    void add(int slot, double weight) {
        if (capacity == 0) {
            return;
        }
        if (size == capacity) {
            slots[head] = slot;
            weights[head] = weight;
            head = (head + 1) % slots.length;
            return;
        }
        if (size == slots.length) {
            grow();
        }
        int end = at(size);
        slots[end] = slot;
        weights[end] = weight;
        size++;
    }

    void remove(int slot) {
        int found = -1;
        for (int i = 0; i < size && found < 0; i++) {
            if (slot(i) == slot) {
                found = i;
            }
        }
        if (found < 0) {
            return;
        }
        for (int i = found; i < size - 1; i++) {
            slots[at(i)] = slot(i + 1);
            weights[at(i)] = weight(i + 1);
        }
        size--;
    }

    private int at(int i) {
        int j = head + i;
        return j < slots.length ? j : j - slots.length;
    }

    private void grow() {
        int length = Math.min(capacity, slots.length * 2);
        int[] movedSlots = new int[length];
        double[] movedWeights = new double[length];
        for (int i = 0; i < size; i++) {
            movedSlots[i] = slot(i);
            movedWeights[i] = weight(i);
        }
        slots = movedSlots;
        weights = movedWeights;
        head = 0;
    }
}
