package pe.gob.osce.soporte.correo;

/**
 * Mensajes MIME crudos como los escriben los clientes de correo reales (Outlook, Thunderbird,
 * autorespondedores, servidores que rebotan), con saltos de línea CRLF. Los bytes por encima de 127
 * se escriben como caracteres ISO-8859-1 y se depositan tal cual.
 */
public final class CorreosDePrueba {

  private CorreosDePrueba() {}

  public static String simple(String messageId, String de, String asunto, String texto) {
    return mime(
        "Message-ID: " + messageId,
        "From: " + de,
        "To: " + BuzonDePrueba.BUZON,
        "Subject: " + asunto,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        utf8ComoBytes(texto));
  }

  public static String respuesta(
      String messageId, String de, String asunto, String enRespuestaA, String texto) {
    return mime(
        "Message-ID: " + messageId,
        "From: " + de,
        "To: " + BuzonDePrueba.BUZON,
        "Subject: " + asunto,
        "In-Reply-To: " + enRespuestaA,
        "References: " + enRespuestaA,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        utf8ComoBytes(texto));
  }

  public static String respuestaConAdjunto(
      String messageId,
      String de,
      String asunto,
      String enRespuestaA,
      String texto,
      String archivo) {
    return mime(
        "Message-ID: " + messageId,
        "From: " + de,
        "To: " + BuzonDePrueba.BUZON,
        "Subject: " + asunto,
        "In-Reply-To: " + enRespuestaA,
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"b1\"",
        "",
        "--b1",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        utf8ComoBytes(texto),
        "",
        "--b1",
        "Content-Type: application/pdf",
        "Content-Disposition: attachment; filename=\"" + archivo + "\"",
        "Content-Transfer-Encoding: base64",
        "",
        "JVBERi0xLjQK",
        "--b1--");
  }

  /** Un pedido nuevo con un adjunto cualquiera: nombre, tipo y contenido en base64. */
  public static String conAdjunto(
      String messageId, String de, String asunto, String archivo, String tipo, String base64) {
    return mime(
        "Message-ID: " + messageId,
        "From: " + de,
        "To: " + BuzonDePrueba.BUZON,
        "Subject: " + asunto,
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"b1\"",
        "",
        "--b1",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "Tipo: INCIDENCIA",
        "Servicio: IMPRESORA",
        "Adjunto lo pedido.",
        "",
        "--b1",
        "Content-Type: " + tipo,
        "Content-Disposition: attachment; filename=\"" + archivo + "\"",
        "Content-Transfer-Encoding: base64",
        "",
        base64,
        "--b1--");
  }

  public static String conCabecera(String messageId, String de, String asunto, String cabecera) {
    return mime(
        "Message-ID: " + messageId,
        "From: " + de,
        "To: " + BuzonDePrueba.BUZON,
        "Subject: " + asunto,
        cabecera,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "Estoy fuera de la oficina hasta el lunes.");
  }

  public static String rebote(String messageId) {
    return mime(
        "Message-ID: " + messageId,
        "From: Mail Delivery System <MAILER-DAEMON@osce.gob.pe>",
        "To: " + BuzonDePrueba.BUZON,
        "Subject: Undelivered Mail Returned to Sender",
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"rebote\"",
        "",
        "--rebote",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "The mail system: user unknown",
        "",
        "--rebote",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx.osce.gob.pe",
        "",
        "Final-Recipient: rfc822; nadie@osce.gob.pe",
        "Action: failed",
        "Status: 5.1.1",
        "",
        "--rebote--");
  }

  /** Asunto en encoded-word ISO-8859-1 y cuerpo ISO-8859-1 en quoted-printable. */
  public static String latin1(String messageId, String de) {
    return mime(
        "Message-ID: " + messageId,
        "From: " + de,
        "To: " + BuzonDePrueba.BUZON,
        "Subject: =?ISO-8859-1?Q?Impresi=F3n_da=F1ada_en_la_oficina_de_Log=EDstica?=",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=ISO-8859-1",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "Tipo: INCIDENCIA",
        "Servicio: IMPRESORA",
        "",
        "La se=F1ora Mu=F1oz report=F3 que la impresi=F3n sale con l=EDneas.");
  }

  /** Solo HTML, en Windows-1252 (guion largo, comillas tipográficas), con estilos y entidades. */
  public static String soloHtmlWindows1252(String messageId, String de) {
    return mime(
        "Message-ID: " + messageId,
        "From: " + de,
        "To: " + BuzonDePrueba.BUZON,
        "Subject: =?windows-1252?Q?Solicitud_de_instalaci=F3n_=96_=93SIAF=94_a=F1o_2026?=",
        "MIME-Version: 1.0",
        "Content-Type: text/html; charset=windows-1252",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "<html><head><style>p { color: red }</style></head><body><p>Tipo: REQUERIMIENTO</p><p>Servicio: SIAF</p>=",
        "<p>Necesito el <b>SIAF</b> instalado =97 es urgente.</p><p>Gracias,<br>Jos=E9 N=FA=F1ez&nbsp;</p></body></html>");
  }

  /** mixed(alternative(plain, related(html, imagen)), pdf): se prefiere el texto plano. */
  public static String anidado(String messageId, String de) {
    return mime(
        "Message-ID: " + messageId,
        "From: " + de,
        "To: " + BuzonDePrueba.BUZON,
        "Subject: Cámara",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"mixto\"",
        "",
        "--mixto",
        "Content-Type: multipart/alternative; boundary=\"alterno\"",
        "",
        "--alterno",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "Tipo: INCIDENCIA",
        "Servicio: EQUIPOS_MULTIMEDIA",
        "Texto plano preferido: c=C3=A1mara sin se=C3=B1al.",
        "",
        "--alterno",
        "Content-Type: multipart/related; boundary=\"relacionado\"",
        "",
        "--relacionado",
        "Content-Type: text/html; charset=UTF-8",
        "",
        "<p>Versión HTML</p>",
        "",
        "--relacionado",
        "Content-Type: image/png",
        "Content-ID: <logo>",
        "Content-Transfer-Encoding: base64",
        "",
        "iVBORw0KGgo=",
        "--relacionado--",
        "",
        "--alterno--",
        "",
        "--mixto",
        "Content-Type: application/pdf; name=\"informe.pdf\"",
        "Content-Disposition: attachment; filename=\"informe.pdf\"",
        "Content-Transfer-Encoding: base64",
        "",
        "JVBERi0xLjQK",
        "--mixto--");
  }

  public static String sinRemitente(String messageId) {
    return mime(
        "Message-ID: " + messageId,
        "To: " + BuzonDePrueba.BUZON,
        "Subject: Sin remitente",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "¿De quién es esto?");
  }

  public static String multipartRoto(String messageId, String de) {
    return mime(
        "Message-ID: " + messageId,
        "From: " + de,
        "To: " + BuzonDePrueba.BUZON,
        "Subject: Multipart roto",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"nunca-aparece\"",
        "",
        "Un cuerpo que dice ser multipart y no tiene ninguna parte.");
  }

  private static String mime(String... lineas) {
    return String.join("\r\n", lineas) + "\r\n";
  }

  /** El texto en UTF-8, un carácter ISO-8859-1 por byte (así lo deposita {@link BuzonDePrueba}). */
  private static String utf8ComoBytes(String texto) {
    return new String(
        texto.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
