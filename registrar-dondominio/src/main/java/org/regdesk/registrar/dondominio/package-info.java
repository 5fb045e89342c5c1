/**
 * The DonDominio / MrDomain registrar plugin: {@link
 * org.regdesk.registrar.dondominio.DonDominioRegistrarProvider} and the registrar it creates on top
 * of the DonDominio client. See the module README for the settings, the per-TLD fields and how each
 * promise of the ClientExec plugin is kept.
 */
package org.regdesk.registrar.dondominio;
