package org.regdesk.dondominio.sandbox.engine;

import java.util.Map;

/**
 * The error codes of §9 of the API document and the {@code errorCodeMsg} the sandbox sends for
 * each. The real service's wording is unknown; these are the English descriptions of §9.
 */
public final class ErrorCodes {
  public static final int UNDEFINED = 1;
  public static final int SYNTAX = 100;
  public static final int PARAMETER_FAULT = 101;
  public static final int INVALID_ACTION = 102;
  public static final int ACTION_NOT_ALLOWED = 103;
  public static final int NOT_IMPLEMENTED = 104;
  public static final int INVALID_PARAMETER = 105;
  public static final int LOGIN_REQUIRED = 200;
  public static final int ACCOUNT_NOT_EXISTS = 1003;
  public static final int INVALID_PASSWORD = 1004;
  public static final int INSUFFICIENT_BALANCE = 1100;
  public static final int INVALID_DOMAIN_NAME = 2001;
  public static final int TLD_NOT_SUPPORTED = 2002;
  public static final int TLD_UNDER_MAINTENANCE = 2003;
  public static final int CHECK_ERROR = 2004;
  public static final int TRANSFER_NOT_ALLOWED = 2005;
  public static final int DOMAIN_NOT_FOUND = 2008;
  public static final int CREATE_ERROR = 2009;
  public static final int CREATE_TAKEN = 2010;
  public static final int CREATE_PREMIUM = 2011;
  public static final int TRANSFER_ERROR = 2012;
  public static final int RENEW_ERROR = 2100;
  public static final int RENEW_NOT_ALLOWED = 2101;
  public static final int RENEW_BLOCKED = 2102;
  public static final int UPDATE_ERROR = 2200;
  public static final int UPDATE_NOT_ALLOWED = 2201;
  public static final int UPDATE_BLOCKED = 2202;
  public static final int VERIFICATION_STATUS = 2210;
  public static final int CONTACT_NOT_EXISTS = 3001;
  public static final int CONTACT_DATA_ERROR = 3002;

  private static final Map<Integer, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry(0, ""),
          Map.entry(1, "Undefined error"),
          Map.entry(100, "Syntax error"),
          Map.entry(101, "Syntax error: parameter fault"),
          Map.entry(102, "Invalid object/action"),
          Map.entry(103, "Object/action not allowed"),
          Map.entry(104, "Object/action not implemented"),
          Map.entry(105, "Syntax error: invalid parameter"),
          Map.entry(200, "Login required"),
          Map.entry(201, "Login invalid"),
          Map.entry(210, "Session invalid"),
          Map.entry(300, "Action not allowed"),
          Map.entry(1000, "Account blocked"),
          Map.entry(1001, "Account deleted"),
          Map.entry(1002, "Account inactive"),
          Map.entry(1003, "Account does not exist"),
          Map.entry(1004, "Invalid password"),
          Map.entry(1005, "Invalid password"),
          Map.entry(1006, "Account blocked"),
          Map.entry(1007, "Account filtered"),
          Map.entry(1009, "Invalid password"),
          Map.entry(1010, "Account blocked"),
          Map.entry(1011, "Account blocked"),
          Map.entry(1012, "Account blocked"),
          Map.entry(1013, "Account blocked"),
          Map.entry(1014, "Account filtered"),
          Map.entry(1030, "Account banned"),
          Map.entry(1100, "Insufficient balance"),
          Map.entry(2001, "Invalid domain name"),
          Map.entry(2002, "TLD not supported"),
          Map.entry(2003, "TLD under maintenance"),
          Map.entry(2004, "Domain check error"),
          Map.entry(2005, "Domain transfer not allowed"),
          Map.entry(2006, "Domain WHOIS not allowed"),
          Map.entry(2007, "Domain WHOIS error"),
          Map.entry(2008, "Domain not found"),
          Map.entry(2009, "Domain create error"),
          Map.entry(2010, "Domain create error: taken"),
          Map.entry(2011, "Domain create error: premium domain"),
          Map.entry(2012, "Domain transfer error"),
          Map.entry(2100, "Domain renew error"),
          Map.entry(2101, "Domain renew not allowed"),
          Map.entry(2102, "Domain renew blocked"),
          Map.entry(2200, "Domain update error"),
          Map.entry(2201, "Domain update not allowed"),
          Map.entry(2202, "Domain update blocked"),
          Map.entry(2210, "Invalid operation due to the owner contact data verification status"),
          Map.entry(3001, "Contact does not exist"),
          Map.entry(3002, "Contact data error"),
          Map.entry(3003, "Invalid operation due to the contact data verification"),
          Map.entry(3500, "User does not exist"),
          Map.entry(3501, "User create error"),
          Map.entry(3502, "User update error"),
          Map.entry(4001, "Service not found"),
          Map.entry(4002, "Service entity not found"),
          Map.entry(4003, "Maximum amount of entities reached"),
          Map.entry(4004, "Entity create failure"),
          Map.entry(4005, "Entity update failure"),
          Map.entry(4006, "Entity delete failure"),
          Map.entry(4007, "Service create failure"),
          Map.entry(4008, "Service upgrade failure"),
          Map.entry(4009, "Service renew failure"),
          Map.entry(4010, "Parking system update failure"),
          Map.entry(5000, "SSL error"),
          Map.entry(5001, "SSL not found"),
          Map.entry(10001, "Web-constructor error"));

  private ErrorCodes() {}

  /** The {@code errorCodeMsg} for a code; codes outside §9 read as "Undefined error". */
  public static String describe(int code) {
    return DESCRIPTIONS.getOrDefault(code, DESCRIPTIONS.get(UNDEFINED));
  }

  /** Whether the code is one the API document lists. */
  public static boolean isKnown(int code) {
    return DESCRIPTIONS.containsKey(code);
  }
}
