// Configuración de Cockpit de soporte-ti: reemplaza a la de la webapp de Camunda (que trae todo comentado).
export default {
  // Módulos ES relativos a app/cockpit/: el tablero del indicador de la sección XI (indicador/).
  customScripts: ['indicador/tiempo-atencion']
};
