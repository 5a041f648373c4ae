// Plugin del tablero de Cockpit: el indicador "Tiempo promedio de atención oportuna de incidencias"
// (sección XI del procedimiento PS01.01.01). Lee GET /api/indicadores/tiempo-atencion con la sesión de
// Cockpit (la API acepta la sesión de las webapps en lecturas) y dibuja el gráfico mensual en SVG, la
// tabla y las incidencias abiertas fuera de meta, con enlace a su instancia. Sin librerías externas.

const SVG = 'http://www.w3.org/2000/svg';
const MESES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'set', 'oct', 'nov', 'dic'];

function horas(segundos) {
  return segundos === null || segundos === undefined ? '—' : (segundos / 3600).toLocaleString('es-PE', { maximumFractionDigits: 1 });
}

function porcentaje(valor) {
  return valor === null || valor === undefined ? '—' : valor.toLocaleString('es-PE', { maximumFractionDigits: 1 }) + ' %';
}

function el(nombre, atributos = {}, ...hijos) {
  const nodo = document.createElement(nombre);
  Object.entries(atributos).forEach(([k, v]) => nodo.setAttribute(k, v));
  hijos.forEach(h => nodo.append(h));
  return nodo;
}

function svg(nombre, atributos = {}, texto) {
  const nodo = document.createElementNS(SVG, nombre);
  Object.entries(atributos).forEach(([k, v]) => nodo.setAttribute(k, v));
  if (texto !== undefined) nodo.textContent = texto;
  return nodo;
}

/** La raíz del servidor: adminApi es "<contexto>/<app>/api/admin"; la API del proyecto está en "<contexto>/api". */
function raiz(api) {
  return (api && api.adminApi ? api.adminApi : '/camunda/api/admin').replace(/\/[^/]+\/api\/admin\/?$/, '');
}

// La cifra principal es la de la sección XI (incidencias reportadas; la abierta cuenta hasta el corte):
// barras en calendario y en horas laborables. La media de las cerradas (laborable) va al lado como marca.
function grafico(meses) {
  const ancho = 760, alto = 260, izq = 50, abajo = 30, arriba = 20;
  const valores = meses.flatMap(m => [m.incidencias.seccionXI.calendario || 0, m.incidencias.seccionXI.laborable || 0,
    m.incidencias.laborable.media || 0]);
  const maximo = Math.max(3600, ...valores) / 3600;
  const escala = (alto - abajo - arriba) / maximo;
  const g = svg('svg', { class: 'indicador-grafico', viewBox: `0 0 ${ancho} ${alto}`, width: '100%', role: 'img',
    'aria-label': 'Tiempo promedio de atención de incidencias por mes (sección XI), en horas' });
  for (let i = 0; i <= 4; i++) {
    const valor = maximo * i / 4, y = alto - abajo - valor * escala;
    g.append(svg('line', { x1: izq, x2: ancho - 10, y1: y, y2: y, stroke: '#ddd' }));
    g.append(svg('text', { x: izq - 6, y: y + 4, 'text-anchor': 'end', 'font-size': 11 }, valor.toFixed(valor < 10 ? 1 : 0)));
  }
  g.append(svg('text', { x: 12, y: arriba - 6, 'font-size': 11 }, 'horas'));
  const paso = (ancho - izq - 10) / 12;
  meses.forEach((m, i) => {
    const x = izq + i * paso + paso * 0.15, barra = paso * 0.33;
    [['calendario', '#7f9cbf', 0], ['laborable', '#2e6b30', 1]].forEach(([medida, color, k]) => {
      const valor = m.incidencias.seccionXI[medida];
      const h = (valor || 0) / 3600 * escala;
      const rect = svg('rect', { class: 'barra-' + medida, 'data-mes': m.mes, x: x + k * barra, y: alto - abajo - h,
        width: barra - 2, height: h, fill: color });
      rect.append(svg('title', {}, `${m.nombre}: sección XI ${medida} ${horas(valor)} h (${m.incidencias.reportadas} reportadas)`));
      g.append(rect);
    });
    const media = m.incidencias.laborable.media;
    if (media !== null && media !== undefined) {
      const y = alto - abajo - media / 3600 * escala;
      const marca = svg('line', { class: 'marca-media-cerradas', 'data-mes': m.mes, x1: x + barra, x2: x + 2 * barra - 2,
        y1: y, y2: y, stroke: '#c0392b', 'stroke-width': 3 });
      marca.append(svg('title', {}, `${m.nombre}: media de las cerradas, laborable ${horas(media)} h (${m.incidencias.cerradas} cerradas)`));
      g.append(marca);
    }
    g.append(svg('text', { x: x + barra, y: alto - abajo + 16, 'text-anchor': 'middle', 'font-size': 11 }, MESES[i]));
  });
  const leyenda = svg('g', { class: 'indicador-leyenda', 'font-size': 11 });
  [['#7f9cbf', 'Sección XI, calendario'], ['#2e6b30', 'Sección XI, horas laborables'],
    ['#c0392b', 'Media de las cerradas (laborable)']].forEach(([color, texto], k) => {
    leyenda.append(svg('rect', { x: ancho - 560 + k * 185, y: 4, width: 12, height: 12, fill: color }));
    leyenda.append(svg('text', { x: ancho - 544 + k * 185, y: 14 }, texto));
  });
  g.append(leyenda);
  return g;
}

function tabla(indicador) {
  const cab = ['Mes', 'Reportadas', 'Cerradas', 'Abiertas al fin de mes', 'Sección XI (h)', 'Sección XI laborable (h)',
    'Media de las cerradas (h)', 'Media de las cerradas laborable (h)', 'Mediana laborable (h)', 'P90 laborable (h)',
    'Dentro de meta', 'Espera del proveedor (h lab.)', 'Requerimientos'];
  const cuerpo = el('tbody');
  const fila = (nombre, i, r, clase) => cuerpo.append(el('tr', { class: clase },
    el('th', {}, nombre), el('td', {}, String(i.reportadas)), el('td', {}, String(i.cerradas)),
    el('td', {}, String(i.abiertasAlFinDeMes)),
    el('td', { class: 'seccion-xi' }, horas(i.seccionXI.calendario)), el('td', { class: 'seccion-xi' }, horas(i.seccionXI.laborable)),
    el('td', {}, horas(i.calendario.media)), el('td', {}, horas(i.laborable.media)),
    el('td', {}, horas(i.laborable.mediana)), el('td', {}, horas(i.laborable.p90)), el('td', {}, porcentaje(i.porcentajeDentroDeMeta)),
    el('td', {}, horas(i.proveedor.sumaLaborable)), el('td', {}, String(r.reportados))));
  indicador.meses.forEach(m => fila(m.nombre, m.incidencias, m.requerimientos, 'mes-' + m.mes));
  fila('Año ' + indicador.anio, indicador.anual, indicador.requerimientosAnual, 'total-anual');
  return el('table', { class: 'table table-condensed indicador-tabla' },
    el('thead', {}, el('tr', {}, ...cab.map(c => el('th', {}, c)))), cuerpo);
}

function fueraDeMeta(indicador) {
  const seccion = el('div', { class: 'indicador-fuera-meta' },
    el('h4', {}, `Incidencias abiertas fuera de meta (${indicador.abiertasFueraDeMetaTotal})`));
  if (indicador.abiertasFueraDeMeta.length === 0) {
    seccion.append(el('p', {}, 'Ninguna incidencia abierta pasó su meta.'));
    return seccion;
  }
  const cuerpo = el('tbody');
  indicador.abiertasFueraDeMeta.forEach(a => {
    const enlace = el('a', { class: 'enlace-instancia', href: `#/process-instance/${a.processInstanceId}/runtime` }, a.codigo);
    cuerpo.append(el('tr', {}, el('td', {}, enlace), el('td', {}, a.categoria), el('td', {}, a.servicio),
      el('td', {}, a.tecnico || '—'), el('td', {}, new Date(a.registradoEn).toLocaleString('es-PE', { timeZone: indicador.zonaHoraria, dateStyle: 'short', timeStyle: 'short' })),
      el('td', {}, horas(a.transcurridoLaborable)), el('td', {}, horas(a.meta))));
  });
  seccion.append(el('table', { class: 'table table-condensed' }, el('thead', {}, el('tr', {},
    ...['Ticket', 'Categoría', 'Servicio', 'Técnico', 'Registrado', 'Transcurrido (h lab.)', 'Meta (h lab.)']
      .map(c => el('th', {}, c)))), cuerpo));
  return seccion;
}

async function cargar(contenido, api, anio) {
  contenido.replaceChildren(el('p', { class: 'indicador-cargando' }, 'Calculando el indicador…'));
  try {
    const r = await fetch(`${raiz(api)}/api/indicadores/tiempo-atencion?anio=${anio}`,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const cuerpo = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(cuerpo.mensaje || `Error ${r.status}`);
    contenido.replaceChildren(
      el('p', { class: 'text-muted' }, `Fórmula de la sección XI: suma de los tiempos de atención de las incidencias `
        + `reportadas en el mes / número de incidencias reportadas; la que seguía abierta al corte (fin de mes, o ahora `
        + `en el mes en curso) cuenta su tiempo hasta el corte. Al lado, la media de las cerradas (solo las incidencias `
        + `cerradas). Horas laborables: ${cuerpo.jornada}.`),
      grafico(cuerpo.meses), tabla(cuerpo), fueraDeMeta(cuerpo));
  } catch (e) {
    contenido.replaceChildren(el('p', { class: 'indicador-error text-danger' }, 'No se pudo leer el indicador: ' + e.message));
  }
}

export default {
  id: 'soporte.indicadorTiempoAtencion',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  properties: { label: 'Tiempo de atención de incidencias' },
  render: (nodo, { api }) => {
    const actual = new Date().getFullYear();
    const selector = el('select', { class: 'form-control input-sm indicador-anio', 'aria-label': 'Año' },
      ...[actual, actual - 1, actual - 2].map(a => el('option', { value: a }, String(a))));
    const contenido = el('div', { class: 'indicador-contenido' });
    const enlaceXlsx = el('a', { class: 'indicador-xlsx', href: `${raiz(api)}/api/indicadores/tiempo-atencion.xlsx?anio=${actual}` },
      'Descargar .xlsx');
    selector.addEventListener('change', () => {
      enlaceXlsx.setAttribute('href', `${raiz(api)}/api/indicadores/tiempo-atencion.xlsx?anio=${selector.value}`);
      cargar(contenido, api, selector.value);
    });
    nodo.append(el('section', { id: 'indicador-tiempo-atencion', class: 'indicador-tiempo-atencion' },
      el('h3', {}, 'Tiempo promedio de atención oportuna de incidencias'),
      el('div', { class: 'form-inline' }, el('label', {}, 'Año '), selector, ' ', enlaceXlsx), contenido));
    cargar(contenido, api, actual);
  }
};
