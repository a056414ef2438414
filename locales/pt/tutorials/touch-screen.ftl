# Pas à pas — Portuguese (European, as spoken by Portuguese people in France). Translated from French (locales/fr/tutorials/touch-screen.ftl).
# Draft: to be reviewed by a native speaker.
# Passo a passo: usar um ecrã tátil. Uma frase por linha.

touch-screen-title = Usar um ecrã tátil

touch-screen-1-title = Tocar uma vez
touch-screen-1-text =
    Um ecrã tátil reage ao seu dedo.
    Toque num botão só uma vez.
    Levante logo o dedo.
touch-screen-1-image = Um dedo toca num botão de um ecrã.
touch-screen-1-tip = Se nada acontecer, espere um pouco antes de tocar outra vez.

touch-screen-2-title = Ver o resto da página
touch-screen-2-text =
    Num telemóvel, ponha o dedo no ecrã.
    Deslize o dedo para cima.
    A página sobe e vê o resto.
    Neste terminal, toque no botão «Descer».
touch-screen-2-image = Uma mão desliza para cima num ecrã.

touch-screen-3-title = Voltar atrás
touch-screen-3-text =
    Num telemóvel, procure a seta que volta atrás.
    Numa aplicação, está muitas vezes em cima, à esquerda do ecrã.
    Em alguns telemóveis, também está em baixo no ecrã.
    Toque nela para voltar ao ecrã anterior.
touch-screen-3-image = Uma seta que volta atrás.
touch-screen-3-tip = Se não houver seta, deslize o dedo da beira esquerda do ecrã para o meio.

touch-screen-4-title = Escrever com o teclado do ecrã
touch-screen-4-text =
    Para escrever, toque na caixa branca.
    Aparece um teclado no ecrã.
    Toque nas letras, uma a uma.
    Para praticar, escreva aqui um endereço de e-mail.
touch-screen-4-image = Um teclado com letras.

touch-screen-5-title = Muito bem!
touch-screen-5-text =
    Já sabe tocar, deslizar a página e escrever.
    Pode praticar no seu telemóvel.
touch-screen-5-image = Uma mão com o polegar para cima.
touch-screen-5-caution = Num telemóvel, não toque nos anúncios que piscam.
