// Tasklist de la Mesa de Ayuda (UAST), en castellano (../../castellano.js). LocalesTasklistTest
// comprueba que ../locales/es.json tenga cada etiqueta de Camunda.
import castellano from '../../castellano.js';

export default {
  ...castellano,
  app: { ...castellano.app, name: 'Tasklist' },
  // Mensajes de validación de Camunda Forms en castellano (scripts/mensajes-formulario.js).
  customScripts: ['scripts/mensajes-formulario'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'toma la tarea elegida'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'lleva el foco al primer filtro de la lista'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'lleva el foco a la primera tarea de la lista'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'lleva el foco al primer campo del formulario'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'abre el diálogo para iniciar un proceso'
    }
  }
};
