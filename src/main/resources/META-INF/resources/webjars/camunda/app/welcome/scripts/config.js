// Página de ingreso y de inicio de la Mesa de Ayuda (UAST), en castellano (../../castellano.js).
// LocalesTasklistTest comprueba que ../locales/es.json tenga cada etiqueta de Camunda.
import castellano from '../../castellano.js';

export default {
  ...castellano,
  app: { ...castellano.app, name: 'Inicio' }
};
