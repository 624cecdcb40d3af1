// Tværs: a Cockpit dashboard section that leads team leads to the operations board (driftstavlen).
export default {
  id: 'tvaers.board-link',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node) => {
    node.innerHTML =
      '<section class="tvaers-board-link">' +
      '<h3 class="section-title">Driftstavle</h3>' +
      '<p>Alle kørende familier på én side: fase, dage i fase, åbne og overskredne opgaver pr. forvaltning og næste frist.</p>' +
      '<p><a class="btn btn-primary" href="/board/">Åbn driftstavlen</a></p>' +
      '</section>';
  },
  properties: { label: 'Driftstavle' }
};
