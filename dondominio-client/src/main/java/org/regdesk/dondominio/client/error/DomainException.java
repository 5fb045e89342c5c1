package org.regdesk.dondominio.client.error;

/** Errors 2001–2210: the domain operation was refused. The subclasses say why. */
public abstract class DomainException extends DonDominioApiException {
  /** Creates the exception from what the error response said. */
  protected DomainException(ApiErrorDetails details) {
    super(details);
  }

  /** Error 2001: the domain name is invalid. */
  public static final class InvalidName extends DomainException {
    /** Creates the exception from what the error response said. */
    public InvalidName(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 2002: the TLD is not offered. */
  public static final class TldNotSupported extends DomainException {
    /** Creates the exception from what the error response said. */
    public TldNotSupported(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 2003: the TLD's registry is under maintenance; try later. */
  public static final class TldUnderMaintenance extends DomainException {
    /** Creates the exception from what the error response said. */
    public TldUnderMaintenance(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 2004: the availability check failed. */
  public static final class CheckError extends DomainException {
    /** Creates the exception from what the error response said. */
    public CheckError(ApiErrorDetails details) {
      super(details);
    }
  }

  /**
   * Error 2005: the domain cannot be transferred, e.g. message "Domain in the system" when it is
   * already in this account.
   */
  public static final class TransferNotAllowed extends DomainException {
    /** Creates the exception from what the error response said. */
    public TransferNotAllowed(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 2006: WHOIS lookups are not allowed for this domain. */
  public static final class WhoisNotAllowed extends DomainException {
    /** Creates the exception from what the error response said. */
    public WhoisNotAllowed(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 2007: the WHOIS lookup failed. */
  public static final class WhoisError extends DomainException {
    /** Creates the exception from what the error response said. */
    public WhoisError(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 2012: the transfer failed. */
  public static final class TransferError extends DomainException {
    /** Creates the exception from what the error response said. */
    public TransferError(ApiErrorDetails details) {
      super(details);
    }
  }

  /** Error 2210: the owner contact's verification status forbids the operation. */
  public static final class OwnerVerificationStatus extends DomainException {
    /** Creates the exception from what the error response said. */
    public OwnerVerificationStatus(ApiErrorDetails details) {
      super(details);
    }
  }
}
