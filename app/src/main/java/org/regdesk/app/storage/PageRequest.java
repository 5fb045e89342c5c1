package org.regdesk.app.storage;

/**
 * Which page of a list to read: 1-based {@code page}, {@code size} rows (1 to {@value #MAX_SIZE}).
 * Repositories turn it into {@code LIMIT :limit OFFSET :offset}, which H2 and PostgreSQL both
 * understand.
 *
 * @param page the page number, from 1
 * @param size rows per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

  /** Rows per page when the caller does not say. */
  public static final int DEFAULT_SIZE = 50;

  /** The most rows one page may hold. */
  public static final int MAX_SIZE = 500;

  /** Checks the ranges. */
  public PageRequest {
    if (page < 1) {
      throw new IllegalArgumentException("page: must be 1 or more, got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size: must be from 1 to " + MAX_SIZE + ", got " + size);
    }
  }

  /**
   * The first page with the default size.
   *
   * @return page 1
   */
  public static PageRequest first() {
    return new PageRequest(1, DEFAULT_SIZE);
  }

  /**
   * Rows to skip.
   *
   * @return {@code (page - 1) * size}
   */
  public long offset() {
    return (long) (page - 1) * size;
  }
}
