// Tasklist de la Mesa de Ayuda (UAST): en castellano para todos, fechas dd/MM/yyyy y horas de 24 h.
// Las etiquetas están en ../locales/es.json (LocalesTasklistTest comprueba que no falte ninguna).
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Mesa de Ayuda UAST'
  },
  // Solo castellano: el idioma del navegador no cambia la lengua de trabajo de la unidad.
  locales: {
    availableLocales: ['es'],
    fallbackLocale: 'es'
  },
  // Formatos de es.json (dateLocales): L = DD/MM/YYYY, LLL = DD/MM/YYYY HH:mm.
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL',
    short: 'L'
  },
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
