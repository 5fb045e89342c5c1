package org.regdesk.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.regdesk.app.importer.PriceImportPreview;
import org.regdesk.app.importer.PriceImportRequest;
import org.regdesk.app.importer.TldPriceImport;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tld-price-import}: the registrar's TLDs and costs into TLD products. */
@RestController
@RequestMapping("/api/v1/tld-price-import")
public class TldPriceImportApiController {

  private final TldPriceImport priceImport;

  /**
   * Creates the controller.
   *
   * @param priceImport the import service
   */
  public TldPriceImportApiController(TldPriceImport priceImport) {
    this.priceImport = priceImport;
  }

  /**
   * What an import would do.
   *
   * @param request the import
   * @return one row per TLD
   */
  @PostMapping("/preview")
  @Operation(
      summary =
          "Preview a TLD price import: registrar costs, resulting prices, new/updated/"
              + "unchanged per TLD; changes nothing")
  public PreviewResponse preview(@RequestBody PriceImportRequest request) {
    return PreviewResponse.of(priceImport.preview(request));
  }

  /**
   * Runs an import.
   *
   * @param request the import
   * @return what was done
   */
  @PostMapping
  @Operation(
      summary = "Run a TLD price import: create or update the TLD products in one transaction")
  public PreviewResponse apply(@RequestBody PriceImportRequest request) {
    return PreviewResponse.of(priceImport.apply(request));
  }

  /**
   * What an import does.
   *
   * @param plugin the plugin
   * @param groupId the product group of new products
   * @param defaultMargin the default margin used
   * @param changes how many TLDs are new or updated
   * @param rows one per TLD
   */
  public record PreviewResponse(
      String plugin,
      Long groupId,
      TldProductsApiController.MarginBody defaultMargin,
      long changes,
      List<Row> rows) {

    static PreviewResponse of(PriceImportPreview p) {
      return new PreviewResponse(
          p.plugin(),
          p.groupId(),
          TldProductsApiController.MarginBody.of(p.defaultMargin()),
          p.changes(),
          p.rows().stream()
              .map(
                  r ->
                      new Row(
                          r.tld().ascii(),
                          r.change().name(),
                          TldProductsApiController.MarginBody.of(r.margin()),
                          TldProductsApiController.TldProductResponse.prices(r.costs()),
                          TldProductsApiController.TldProductResponse.prices(r.prices()),
                          r.current()
                              .map(TldProductsApiController.TldProductResponse::prices)
                              .orElse(null),
                          r.note()))
              .toList());
    }
  }

  /**
   * One TLD.
   *
   * @param tld the TLD
   * @param change {@code NEW}, {@code UPDATED}, {@code UNCHANGED} or {@code SKIPPED}
   * @param margin the margin applied
   * @param costs the registrar's costs, operation → years → amount
   * @param prices the resulting prices
   * @param current the product's prices now, null for a new one
   * @param note why it is skipped, or empty
   */
  public record Row(
      String tld,
      String change,
      TldProductsApiController.MarginBody margin,
      Map<String, Map<String, BigDecimal>> costs,
      Map<String, Map<String, BigDecimal>> prices,
      Map<String, Map<String, BigDecimal>> current,
      String note) {}
}
