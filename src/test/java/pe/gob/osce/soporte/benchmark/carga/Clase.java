package pe.gob.osce.soporte.benchmark.carga;

/** Las clases de petición de la mezcla del personal, con su peso (de cada 100) y lo que llama. */
enum Clase {
  LISTA_FILTRO(25, "lista de un filtro (POST /engine-rest/filter/{id}/list)"),
  CONTEO_FILTRO(25, "conteo de un filtro (GET /engine-rest/filter/{id}/count)"),
  FORMULARIO(10, "formulario de una tarea (GET /engine-rest/task/{id}/deployed-form)"),
  VARIABLES(10, "variables del formulario (GET /engine-rest/task/{id}/form-variables)"),
  COMPLETAR(8, "completar la actividad 2 (POST /engine-rest/task/{id}/submit-form)"),
  CREAR_TICKET(8, "POST /api/tickets"),
  CONSULTAR_TICKET(14, "GET /api/tickets/{codigo}");

  final int peso;
  final String descripcion;

  Clase(int peso, String descripcion) {
    this.peso = peso;
    this.descripcion = descripcion;
  }
}
