package org.regdesk.dondominio.sandbox.engine;

import java.util.List;

/** Words and places the seeder builds believable names, people and addresses from. */
final class SeedVocabulary {
  static final List<String> WORDS_A =
      List.of(
          "green", "blue", "red", "sol", "mar", "luna", "rapid", "smart", "happy", "bright",
          "urban", "rural", "nova", "alpha", "delta", "prime", "eco", "bio", "casa", "tierra",
          "nord", "sur", "este", "oeste", "gran", "mini", "maxi", "super", "top", "buen", "clear",
          "swift", "royal", "golden", "silver", "iron", "cloud", "pixel", "data", "web");
  static final List<String> WORDS_B =
      List.of(
          "bakery",
          "studio",
          "market",
          "garden",
          "design",
          "motors",
          "clinic",
          "travel",
          "foods",
          "wines",
          "press",
          "labs",
          "works",
          "media",
          "store",
          "tienda",
          "taller",
          "hostal",
          "bodega",
          "dental",
          "fitness",
          "books",
          "coffee",
          "pizza",
          "legal",
          "abogados",
          "consulting",
          "solutions",
          "digital",
          "energy",
          "home",
          "photo",
          "music",
          "games",
          "sports",
          "pets",
          "kids",
          "fashion",
          "beauty",
          "tech");
  static final List<String> IDN_WORDS =
      List.of(
          "münchen",
          "españa",
          "café",
          "niño",
          "señal",
          "über",
          "köln",
          "zürich",
          "françois",
          "canción",
          "diseño",
          "montaña",
          "düsseldorf",
          "bäckerei",
          "cañón",
          "jardín",
          "pequeño",
          "señorío",
          "élan",
          "añoranza");
  static final List<String> FIRST_NAMES =
      List.of(
          "Ana",
          "Maria",
          "Laura",
          "Lucia",
          "Marta",
          "Elena",
          "Carmen",
          "Sofia",
          "Paula",
          "Julia",
          "Jordi",
          "Pablo",
          "Javier",
          "David",
          "Carlos",
          "Miguel",
          "Sergio",
          "Pedro",
          "Luis",
          "Antonio",
          "Claire",
          "Pierre",
          "Hans",
          "Greta",
          "Giulia",
          "Marco",
          "Emma",
          "Oliver",
          "John",
          "Sarah",
          "Joao",
          "Ines",
          "Diego",
          "Valentina",
          "Nuria",
          "Xavier",
          "Iker",
          "Ainhoa",
          "Oriol",
          "Montse");
  static final List<String> LAST_NAMES =
      List.of(
          "Garcia",
          "Martinez",
          "Lopez",
          "Sanchez",
          "Perez",
          "Gomez",
          "Fernandez",
          "Ruiz",
          "Diaz",
          "Moreno",
          "Munoz",
          "Alvarez",
          "Romero",
          "Navarro",
          "Torres",
          "Dominguez",
          "Vazquez",
          "Ramos",
          "Gil",
          "Serrano",
          "Puig",
          "Ferrer",
          "Vidal",
          "Soler",
          "Dupont",
          "Martin",
          "Muller",
          "Schmidt",
          "Rossi",
          "Bianchi",
          "Smith",
          "Jones",
          "Silva",
          "Santos",
          "Etxeberria",
          "Castro",
          "Ortega",
          "Rubio",
          "Molina",
          "Iglesias");
  static final List<String> ORG_WORDS =
      List.of(
          "Talleres",
          "Construcciones",
          "Distribuciones",
          "Consultoria",
          "Inversiones",
          "Transportes",
          "Servicios",
          "Tecnologias",
          "Comercial",
          "Grupo",
          "Estudio",
          "Asesoria",
          "Hosteleria",
          "Agencia",
          "Clinica",
          "Bodegas");
  static final List<String> ORG_SUFFIXES = List.of("S.L.", "S.A.", "S.L.U.", "SCP", "Coop.");
  static final List<String> STREETS =
      List.of(
          "Calle Mayor",
          "Gran Via",
          "Avenida de la Constitucion",
          "Calle Real",
          "Passeig de Gracia",
          "Calle del Sol",
          "Rambla Nova",
          "Calle San Vicente",
          "Avenida del Puerto",
          "Calle Alcala");
  static final List<String> MAIL_HOSTS =
      List.of("gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "telefonica.net", "gmx.de");

  /** City, state, country and calling code of a place contacts live in. */
  record Place(String city, String state, String country, String callingCode) {}

  static final List<Place> PLACES =
      List.of(
          new Place("Madrid", "Madrid", "ES", "34"),
          new Place("Barcelona", "Barcelona", "ES", "34"),
          new Place("Valencia", "Valencia", "ES", "34"),
          new Place("Sevilla", "Sevilla", "ES", "34"),
          new Place("Bilbao", "Bizkaia", "ES", "34"),
          new Place("Zaragoza", "Zaragoza", "ES", "34"),
          new Place("Malaga", "Malaga", "ES", "34"),
          new Place("Palma", "Illes Balears", "ES", "34"),
          new Place("Girona", "Girona", "ES", "34"),
          new Place("Santiago de Compostela", "A Coruna", "ES", "34"),
          new Place("Paris", "Ile-de-France", "FR", "33"),
          new Place("Lyon", "Rhone", "FR", "33"),
          new Place("Berlin", "Berlin", "DE", "49"),
          new Place("Munich", "Bayern", "DE", "49"),
          new Place("London", "Greater London", "GB", "44"),
          new Place("Milano", "Lombardia", "IT", "39"),
          new Place("Lisboa", "Lisboa", "PT", "351"),
          new Place("Porto", "Porto", "PT", "351"),
          new Place("Ciudad de Mexico", "CDMX", "MX", "52"),
          new Place("Austin", "Texas", "US", "1"));

  /** Nameserver sets of imaginary hosting companies, shared by the seeded domains. */
  static final List<Nameservers> NAMESERVER_SETS =
      List.of(
          new Nameservers(List.of("ns1.hostingsol.net", "ns2.hostingsol.net"), false, ""),
          new Nameservers(List.of("ns1.webmar.es", "ns2.webmar.es", "ns3.webmar.es"), false, ""),
          new Nameservers(List.of("dns1.cloudnord.com", "dns2.cloudnord.com"), false, ""),
          new Nameservers(
              List.of(
                  "a.ns.pixelhost.eu",
                  "b.ns.pixelhost.eu",
                  "c.ns.pixelhost.eu",
                  "d.ns.pixelhost.eu"),
              false,
              ""),
          new Nameservers(List.of("ns1.servidoresweb.es", "ns2.servidoresweb.es"), false, ""),
          new Nameservers(List.of("ns-101.awsdns-12.com", "ns-202.awsdns-25.net"), false, ""));

  private SeedVocabulary() {}
}
