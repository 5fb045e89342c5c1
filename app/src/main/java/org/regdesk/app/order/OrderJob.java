package org.regdesk.app.order;

/**
 * The payload of an order's jobs: the order's number (everything else is read from the order, so no
 * secret ever sits in a job's payload).
 *
 * @param orderId the order
 */
public record OrderJob(long orderId) {}
