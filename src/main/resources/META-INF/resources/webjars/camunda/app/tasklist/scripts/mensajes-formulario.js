// Camunda Forms (form-js) trae sus mensajes de validación y textos de ayuda solo en inglés y Tasklist
// no se los traduce: este script los muestra en castellano dentro de los formularios. En los avisos
// de Tasklist quita el prefijo técnico en inglés de la API REST y deja el mensaje del servidor.
const FIJOS = {
  'Field is required.': 'Este campo es obligatorio.',
  'Field must be a valid email.': 'Ingrese un correo electrónico válido.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Ingrese un teléfono internacional válido (por ejemplo, +5116135555).',
  'Select': 'Seleccione',
  'Search': 'Buscar',
  'No values': 'Sin opciones'
};

const CON_VALOR = [
  [/^Field must have maximum length of (.+)\.$/, 'Escriba como máximo $1 caracteres.'],
  [/^Field must have minimum length of (.+)\.$/, 'Escriba al menos $1 caracteres.'],
  [/^Field must have maximum value of (.+)\.$/, 'El valor máximo es $1.'],
  [/^Field must have minimum value of (.+)\.$/, 'El valor mínimo es $1.'],
  [/^Field must match pattern (.+)\.$/, 'El valor no tiene el formato esperado.'],
  [/^Cannot submit task form \S+: ([\s\S]+)$/, '$1'],
  [/^Cannot instantiate process definition \S+: ([\s\S]+)$/, '$1']
];

const DONDE = '.fjs-container, .notifications';

function traducir(texto) {
  const limpio = texto.trim();
  if (Object.prototype.hasOwnProperty.call(FIJOS, limpio)) {
    return texto.replace(limpio, FIJOS[limpio]);
  }
  for (const [patron, reemplazo] of CON_VALOR) {
    if (patron.test(limpio)) {
      return texto.replace(limpio, limpio.replace(patron, reemplazo));
    }
  }
  return null;
}

function traducirNodo(nodo) {
  if (nodo.nodeType === Node.TEXT_NODE) {
    const dentroDeFormulario = nodo.parentElement && nodo.parentElement.closest(DONDE);
    const traducido = dentroDeFormulario ? traducir(nodo.data) : null;
    if (traducido !== null) {
      nodo.data = traducido;
    }
    return;
  }
  if (nodo.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const campos = nodo.matches('.fjs-container [placeholder]') ? [nodo] : [];
  campos.push(...nodo.querySelectorAll('.fjs-container [placeholder]'));
  campos.forEach(campo => {
    const traducido = traducir(campo.getAttribute('placeholder'));
    if (traducido !== null) {
      campo.setAttribute('placeholder', traducido);
    }
  });
  const textos = document.createTreeWalker(nodo, NodeFilter.SHOW_TEXT);
  while (textos.nextNode()) {
    traducirNodo(textos.currentNode);
  }
}

new MutationObserver(cambios => {
  cambios.forEach(cambio => {
    if (cambio.type === 'characterData') {
      traducirNodo(cambio.target);
    } else if (cambio.type === 'attributes') {
      traducirNodo(cambio.target);
    } else {
      cambio.addedNodes.forEach(traducirNodo);
    }
  });
}).observe(document.body, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder']
});

export default [];
