package pe.gob.osce.soporte.comun;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Un {@link VariableScope} sobre un mapa, para probar lecturas y escrituras sin motor. */
public final class AmbitoDePrueba {

  private AmbitoDePrueba() {}

  public static VariableScope con(Map<String, Object> variables) {
    Map<String, Object> guardadas = new HashMap<>(variables);
    VariableScope ambito = mock(VariableScope.class);
    when(ambito.getVariable(anyString())).thenAnswer(i -> guardadas.get(i.<String>getArgument(0)));
    when(ambito.hasVariable(anyString()))
        .thenAnswer(i -> guardadas.containsKey(i.<String>getArgument(0)));
    when(ambito.getVariables()).thenAnswer(i -> new HashMap<>(guardadas));
    doAnswer(i -> guardadas.put(i.getArgument(0), i.getArgument(1)))
        .when(ambito)
        .setVariable(anyString(), any());
    doAnswer(i -> guardadas.put(i.getArgument(0), i.getArgument(1)))
        .when(ambito)
        .setVariableLocal(anyString(), any());
    return ambito;
  }
}
